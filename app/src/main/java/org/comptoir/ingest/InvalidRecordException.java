package org.comptoir.ingest;

/**
 * A record is malformed; the message is the quarantine reason and names the field
 * (for example {@code field 'text' must be a string, got number 42}).
 */
public class InvalidRecordException extends IllegalArgumentException {
    public InvalidRecordException(String reason) {
        super(reason);
    }
}
