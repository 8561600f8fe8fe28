package org.comptoir.alert.notify;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Sends the alert by email over SMTP (Jakarta Mail, Eclipse Angus): a multipart/alternative message with a plain-text
 * part and an HTML part (every text escaped). {@code tls}: {@code starttls} (required, the default, port 587),
 * {@code tls} (implicit TLS, port 465) or {@code none} (a relay on the same machine only). Authenticates when a user is given.
 */
public final class EmailNotifier implements Notifier {
    /** How the connection is protected. */
    public enum Tls { STARTTLS, TLS, NONE }

    private final Session session;
    private final String protocol;
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final InternetAddress from;
    private final InternetAddress[] to;

    public EmailNotifier(String host, int port, Tls tls, String user, String password, String from, List<String> to, Properties extra) {
        if (host == null || host.isBlank() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("an email notifier needs an SMTP host and a port between 1 and 65535");
        }
        if (to == null || to.isEmpty()) {
            throw new IllegalArgumentException("an email notifier needs at least one recipient (to=)");
        }
        this.from = address(from);
        this.to = to.stream().map(EmailNotifier::address).toArray(InternetAddress[]::new);
        this.protocol = tls == Tls.TLS ? "smtps" : "smtp";
        this.host = host.strip();
        this.port = port;
        this.user = user == null || user.isBlank() ? null : user;
        this.password = password;
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", host.strip());
        p.put("mail." + protocol + ".port", Integer.toString(port));
        p.put("mail." + protocol + ".connectiontimeout", "10000");
        p.put("mail." + protocol + ".timeout", "10000");
        p.put("mail." + protocol + ".writetimeout", "10000");
        p.put("mail." + protocol + ".auth", Boolean.toString(user != null && !user.isBlank()));
        if (tls == Tls.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (tls != Tls.NONE) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        if (extra != null) {
            p.putAll(extra);
        }
        this.session = Session.getInstance(p);
    }

    private static InternetAddress address(String value) {
        try {
            InternetAddress address = new InternetAddress(value == null ? "" : value.strip(), true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("not an email address: '" + value + "'");
        }
    }

    @Override
    public String send(Notification n) throws DeliveryFailed {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipients(Message.RecipientType.TO, to);
            message.setSubject(n.title(), "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(plain(n), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(html(n), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            message.saveChanges();
            try (Transport transport = session.getTransport(protocol)) {
                transport.connect(host, port, user, user == null ? null : password == null ? "" : password);
                transport.sendMessage(message, message.getAllRecipients());
            }
            return "accepted by the SMTP server for " + to.length + " recipient(s)";
        } catch (jakarta.mail.AuthenticationFailedException e) {
            throw new DeliveryFailed("SMTP authentication failed", false);
        } catch (MessagingException e) {
            throw new DeliveryFailed("SMTP: " + e.getMessage(), true);
        }
    }

    /**
     * Sends a report: {@code multipart/related} holding the plain text and HTML alternatives and the PNG images the HTML
     * shows as {@code cid:ID} (each part's Content-ID is {@code <ID>}). The caller has escaped the HTML.
     */
    public String sendHtml(String subject, String plainText, String htmlText, Map<String, byte[]> pngs) throws DeliveryFailed {
        return sendHtml(subject, plainText, htmlText, pngs, List.of());
    }

    /**
     * As {@link #sendHtml(String, String, String, Map)}, with files attached (a report's PDF): the message becomes
     * {@code multipart/mixed} holding the {@code multipart/related} part, then each attachment.
     */
    public String sendHtml(String subject, String plainText, String htmlText, Map<String, byte[]> pngs, List<Attachment> attachments)
            throws DeliveryFailed {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipients(Message.RecipientType.TO, to);
            message.setSubject(subject, "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(plainText, "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(htmlText, "UTF-8", "html");
            MimeBodyPart alternatives = new MimeBodyPart();
            alternatives.setContent(new MimeMultipart("alternative", text, html));
            MimeMultipart related = new MimeMultipart("related");
            related.addBodyPart(alternatives);
            for (Map.Entry<String, byte[]> png : pngs.entrySet()) {
                MimeBodyPart image = new MimeBodyPart();
                image.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(png.getValue(), "image/png")));
                image.setContentID("<" + png.getKey() + ">");
                image.setDisposition(MimeBodyPart.INLINE);
                image.setFileName(png.getKey() + ".png");
                related.addBodyPart(image);
            }
            if (attachments.isEmpty()) {
                message.setContent(related);
            } else {
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(related);
                MimeMultipart mixed = new MimeMultipart("mixed");
                mixed.addBodyPart(body);
                for (Attachment a : attachments) {
                    MimeBodyPart file = new MimeBodyPart();
                    file.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(a.bytes(), a.contentType())));
                    file.setDisposition(MimeBodyPart.ATTACHMENT);
                    file.setFileName(a.fileName());
                    mixed.addBodyPart(file);
                }
                message.setContent(mixed);
            }
            message.saveChanges();
            try (Transport transport = session.getTransport(protocol)) {
                transport.connect(host, port, user, user == null ? null : password == null ? "" : password);
                transport.sendMessage(message, message.getAllRecipients());
            }
            return "accepted by the SMTP server for " + to.length + " recipient(s)";
        } catch (jakarta.mail.AuthenticationFailedException e) {
            throw new DeliveryFailed("SMTP authentication failed", false);
        } catch (MessagingException e) {
            throw new DeliveryFailed("SMTP: " + e.getMessage(), true);
        }
    }

    static String plain(Notification n) {
        StringBuilder out = new StringBuilder(n.summary()).append("\n\n");
        n.details().forEach(line -> out.append("- ").append(line).append('\n'));
        if (n.link() != null) {
            out.append('\n').append(n.link()).append('\n');
        }
        return out.toString();
    }

    static String html(Notification n) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><h1 style=\"font-size:18px\">")
                .append(escape(n.title())).append("</h1><p>").append(escape(n.summary())).append("</p><ul>");
        n.details().forEach(line -> out.append("<li>").append(escape(line)).append("</li>"));
        out.append("</ul>");
        if (n.link() != null) {
            out.append("<p><a href=\"").append(escape(n.link())).append("\">Comptoir</a></p>");
        }
        return out.append("</body></html>").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static Tls tls(String value) {
        try {
            return Tls.valueOf((value == null || value.isBlank() ? "starttls" : value.strip()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown tls '" + value + "': use starttls, tls or none");
        }
    }
}
