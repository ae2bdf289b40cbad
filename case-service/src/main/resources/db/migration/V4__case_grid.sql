-- The grid (网格) a case was reported from by a grid worker's patrol: the village's 12-digit code and the
-- grid's 3-digit number. Null for every other case; set at intake only.
alter table cases add column grid_code varchar(15) check (grid_code is null or grid_code ~ '^[0-9]{15}$');
create index cases_grid_code on cases (grid_code) where grid_code is not null;
