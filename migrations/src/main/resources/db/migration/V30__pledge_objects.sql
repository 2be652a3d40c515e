-- The signed ActivityPub object of a pledge received from another Serge node, kept byte-for-byte (as JSON text)
-- so that the call's origin can serve it in the call's pledge collection for any node to verify its proof.
ALTER TABLE pledges ADD COLUMN ap_object TEXT;
