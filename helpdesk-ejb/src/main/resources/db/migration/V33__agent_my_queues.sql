-- "My queues" (OTRS's My Queues): the queues whose new and moved tickets ring an agent's bell, chosen
-- by each agent in the preferences. Until now every agent who could read a queue was told; existing
-- agents start with exactly those queues (rw or ro on the queue's group, directly or through a valid
-- role), so nothing changes for them until they choose.
CREATE TABLE agent_my_queue (
    agent_id BIGINT NOT NULL,
    queue_id BIGINT NOT NULL,
    CONSTRAINT pk_agent_my_queue PRIMARY KEY (agent_id, queue_id),
    CONSTRAINT fk_my_queue_agent FOREIGN KEY (agent_id) REFERENCES agent (id),
    CONSTRAINT fk_my_queue_queue FOREIGN KEY (queue_id) REFERENCES queue (id)
);
CREATE INDEX ix_agent_my_queue_queue ON agent_my_queue (queue_id);

INSERT INTO agent_my_queue (agent_id, queue_id)
SELECT p.agent_id, q.id FROM agent_group_permission p JOIN queue q ON q.group_id = p.group_id
WHERE p.permission IN ('RO', 'RW')
UNION
SELECT m.agent_id, q.id FROM agent_role_member m JOIN agent_role r ON r.id = m.role_id
JOIN role_group_permission p ON p.role_id = m.role_id JOIN queue q ON q.group_id = p.group_id
WHERE r.valid = TRUE AND p.permission IN ('RO', 'RW');
