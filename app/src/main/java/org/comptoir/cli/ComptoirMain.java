package org.comptoir.cli;

public final class ComptoirMain {
    public static void main(String[] args) {
        System.out.println("comptoir");
    }
}
