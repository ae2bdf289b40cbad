-- The worklist (待办) and the return of unanswered transfers read these without scanning whole tables.
-- Tasks still waiting for a named mediator's part, found by the mediator's username (any center).
create index case_task_open_mediator on case_task (mediator) where part is null and mediator is not null;
-- Supervision orders a center still has to answer.
create index case_supervision_open_target on case_supervision (target, response_due) where responded_at is null;
-- Cases waiting in transfer, by the time the receiver has to answer.
create index cases_transferring_due on cases (due_at) where status = 'TRANSFERRING';
