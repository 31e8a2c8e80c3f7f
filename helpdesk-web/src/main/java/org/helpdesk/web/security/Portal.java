package org.helpdesk.web.security;

/** The two ways into Helpdesk, each with its own login page and home, as OTRS's index.pl and customer.pl. */
public enum Portal {
    AGENT("/login.xhtml", "/agent/index.xhtml"),
    CUSTOMER("/customer/login.xhtml", "/customer/index.xhtml");

    private final String loginPage;
    private final String homePage;

    Portal(String loginPage, String homePage) {
        this.loginPage = loginPage;
        this.homePage = homePage;
    }

    public String loginPage() {
        return loginPage;
    }

    public String homePage() {
        return homePage;
    }

    /** The portal a path inside the application belongs to. */
    public static Portal of(String path) {
        return path != null && path.startsWith("/customer/") ? CUSTOMER : AGENT;
    }

    /** Whether {@code path} is a page of this portal a logged-in user may be sent back to. */
    public boolean owns(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return false;
        }
        return this == CUSTOMER ? path.startsWith("/customer/") : !path.startsWith("/customer/");
    }
}
