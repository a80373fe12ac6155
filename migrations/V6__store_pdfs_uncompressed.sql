-- Signed PDFs are already deflate-compressed: PostgreSQL's attempt to compress them again on every insert
-- costs CPU and saves nothing. EXTERNAL keeps them out of line, uncompressed.
alter table notice alter column pdf set storage external;
