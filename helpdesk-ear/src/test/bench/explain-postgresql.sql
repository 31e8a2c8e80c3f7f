-- The hot queries of BENCHMARKS.md as EclipseLink sends them (taken from PostgreSQL's statement log),
-- with the values of a generated database filled in: groups 1-4, queue 1 (N1), agent gen-agent-001.
--   psql -h 127.0.0.1 -U postgres -d helpdesk_bench -f helpdesk-ear/src/test/bench/explain-postgresql.sql
\set ON_ERROR_STOP on
\pset pager off
SELECT id AS me FROM agent WHERE login = 'gen-agent-001' \gset

\echo '== queue view: first page of the open tickets of N1, newest first'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t0.ID, t0.tn, t0.TITLE, t1.NAME, t2.NAME, t2.state_type, t0.PRIORITY, t3.first_name, t3.last_name, t4.LOGIN,
       t0.is_locked, t0.created_at, t0.escalation_at
  FROM ticket t0 JOIN queue t1 ON (t1.ID = t0.queue_id) LEFT OUTER JOIN agent t4 ON (t4.ID = t0.owner_id)
       LEFT OUTER JOIN customer_user t3 ON (t3.ID = t0.customer_user_id) LEFT OUTER JOIN ticket_state t2 ON (t2.ID = t0.state_id)
 WHERE t1.group_id IN (1, 2, 3, 4) AND t0.queue_id = 1 AND t0.is_open = TRUE
 ORDER BY t0.created_at DESC, t0.ID DESC LIMIT 25 OFFSET 0;

\echo '== open tickets per queue and state (queue tree, queue view count, dashboard counts; shared until a ticket changes)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT queue_id, state_id, COUNT(*) FROM ticket WHERE is_open = TRUE GROUP BY queue_id, state_id;

\echo '== dashboard: my tickets'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t0.ID, t0.tn, t0.TITLE, t1.NAME, t2.NAME
  FROM ticket t0 JOIN queue t1 ON (t1.ID = t0.queue_id) LEFT OUTER JOIN agent t4 ON (t4.ID = t0.owner_id)
       LEFT OUTER JOIN customer_user t3 ON (t3.ID = t0.customer_user_id) LEFT OUTER JOIN ticket_state t2 ON (t2.ID = t0.state_id)
 WHERE t1.group_id IN (1, 2, 3, 4) AND t0.owner_id = :me AND t0.is_open = TRUE
 ORDER BY t0.PRIORITY DESC, t0.created_at, t0.ID LIMIT 10;

\echo '== dashboard: new tickets, oldest first'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t0.ID, t0.tn, t0.TITLE, t1.NAME, t2.NAME
  FROM ticket t0 JOIN queue t1 ON (t1.ID = t0.queue_id) LEFT OUTER JOIN agent t4 ON (t4.ID = t0.owner_id)
       LEFT OUTER JOIN customer_user t3 ON (t3.ID = t0.customer_user_id) LEFT OUTER JOIN ticket_state t2 ON (t2.ID = t0.state_id)
 WHERE t1.group_id IN (1, 2, 3, 4) AND t0.is_open = TRUE
   AND t0.state_id IN (SELECT id FROM ticket_state WHERE state_type = 'NEW')
 ORDER BY t0.created_at, t0.ID LIMIT 10;

\echo '== dashboard: escalating, earliest first'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t0.ID, t0.tn, t0.TITLE, t1.NAME, t2.NAME
  FROM ticket t0 JOIN queue t1 ON (t1.ID = t0.queue_id) LEFT OUTER JOIN agent t4 ON (t4.ID = t0.owner_id)
       LEFT OUTER JOIN customer_user t3 ON (t3.ID = t0.customer_user_id) LEFT OUTER JOIN ticket_state t2 ON (t2.ID = t0.state_id)
 WHERE t1.group_id IN (1, 2, 3, 4) AND t0.escalation_at IS NOT NULL AND t0.is_open = TRUE
 ORDER BY t0.escalation_at, t0.ID LIMIT 10;

\echo '== search, rare word: the matches (at most 1,001) to rank'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t0.ID, t0.TITLE, t0.created_at
  FROM ticket t0 JOIN queue t1 ON (t1.ID = t0.queue_id) LEFT OUTER JOIN agent t4 ON (t4.ID = t0.owner_id)
       LEFT OUTER JOIN customer_user t3 ON (t3.ID = t0.customer_user_id) LEFT OUTER JOIN ticket_state t2 ON (t2.ID = t0.state_id)
 WHERE t1.group_id IN (1, 2, 3, 4)
   AND t0.ID IN (SELECT x.ticket_id FROM ticket_search x WHERE x.terms @@ CAST('snjtww106p' AS tsquery))
 LIMIT 1001;

\echo '== search, common word (impresora): the matches, stopped at 1,001'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t0.ID, t0.TITLE, t0.created_at
  FROM ticket t0 JOIN queue t1 ON (t1.ID = t0.queue_id) LEFT OUTER JOIN agent t4 ON (t4.ID = t0.owner_id)
       LEFT OUTER JOIN customer_user t3 ON (t3.ID = t0.customer_user_id) LEFT OUTER JOIN ticket_state t2 ON (t2.ID = t0.state_id)
 WHERE t1.group_id IN (1, 2, 3, 4)
   AND t0.ID IN (SELECT x.ticket_id FROM ticket_search x WHERE x.terms @@ CAST('impresor' AS tsquery))
 LIMIT 1001;

\echo '== search, common word: more than 1,000, so the newest page of them'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t0.ID, t0.tn, t0.TITLE, t1.NAME, t2.NAME
  FROM ticket t0 JOIN queue t1 ON (t1.ID = t0.queue_id) LEFT OUTER JOIN agent t4 ON (t4.ID = t0.owner_id)
       LEFT OUTER JOIN customer_user t3 ON (t3.ID = t0.customer_user_id) LEFT OUTER JOIN ticket_state t2 ON (t2.ID = t0.state_id)
 WHERE t1.group_id IN (1, 2, 3, 4)
   AND t0.ID IN (SELECT x.ticket_id FROM ticket_search x WHERE x.terms @@ CAST('impresor' AS tsquery))
 ORDER BY t0.created_at DESC, t0.ID DESC LIMIT 25;

\echo '== metrics: escalated, the estimate of all tickets (the open ones are the shared counts above)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT COUNT(*) FROM ticket WHERE is_open = TRUE AND escalation_at <= now();
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT CAST(reltuples AS BIGINT) FROM pg_class WHERE oid = CAST('ticket' AS regclass);
