-- Two system settings for a desk's first days. An agent who answers an unlocked ticket (reply,
-- e-mail or phone call to the customer) becomes its owner and locks it, as in OTRS; administrators
-- can switch that off. The address links in e-mail point to is set in the admin screens: empty
-- (the start) means the server's HELPDESK_BASE_URL, or else http://localhost:8080/helpdesk.
ALTER TABLE system_settings ADD lock_on_answer BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE system_settings ADD base_url VARCHAR(500);
