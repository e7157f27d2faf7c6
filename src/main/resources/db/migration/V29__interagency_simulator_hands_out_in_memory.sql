-- The built-in SMEV 3 simulator remembers which answers it has handed out in its node's memory, as a
-- SMEV node keeps its delivery state: the write per GetResponse is gone, and a restart only hands the
-- answers not yet acknowledged out again, which SMEV does with them anyway.
alter table interagency_simulator_message drop column handed_out_at;
