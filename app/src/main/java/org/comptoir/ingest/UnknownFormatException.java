package org.comptoir.ingest;

/** The format of a file could not be recognised; the message says what was seen and how to choose one. */
public class UnknownFormatException extends Exception {
    public UnknownFormatException(String message) {
        super(message);
    }
}
