-- Registration numbers are handed out by each node from blocks of 20 (RegistrationSequence): the
-- sequence's increment is the block size. Unique across nodes; gaps are allowed.
alter sequence applications_registration_seq increment by 20;
