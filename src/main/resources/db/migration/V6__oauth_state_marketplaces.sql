-- An Amazon installation chooses its marketplaces before the seller is sent to Seller Central.
ALTER TABLE oauth_states ADD COLUMN marketplace_ids VARCHAR(1000);
