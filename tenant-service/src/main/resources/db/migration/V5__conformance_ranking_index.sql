-- Rankings and 达标率 read the latest final result per center of a version and level within a subtree. This
-- index holds every column those reads and the row-level policy (center_path) need, so PostgreSQL answers
-- them from the index alone (a province-wide village ranking reads ~19,000 rows).
create index assessment_final_results on assessment
    (version_number, level, center_code, finalized_at desc)
    include (percent, awarded, points, grade, passing, center_path)
    where status = 'FINAL';
