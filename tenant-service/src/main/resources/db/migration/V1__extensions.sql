-- ltree indexes the center tree's paths (14.1404.140404…) for subtree and ancestor queries.
create extension if not exists ltree;
