package org.comptoir.web;

/** The caller may see the resource but not do this to it (HTTP 403). */
public final class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}
