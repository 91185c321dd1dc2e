-- Drops graphile-worker's schema with every queued job.
DROP SCHEMA graphile_worker CASCADE;
