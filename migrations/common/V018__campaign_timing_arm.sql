-- How a recipient of a campaign with optimised timing was timed, decided with the send time:
-- optimised (the send-time model's best hour), fixed (the campaign's fallback time: the timing
-- holdout) or explored (a random hour of the window, so the model learns hours it has not tried).
-- NULL for other timings and for entries not timed yet.
ALTER TABLE campaign_entries ADD COLUMN timing_arm TEXT;
