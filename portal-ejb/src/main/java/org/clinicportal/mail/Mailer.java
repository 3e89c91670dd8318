package org.clinicportal.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.clinicportal.language.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the portal's own emails, plain text, through the SMTP server the PORTAL_SMTP_* variables name (in
 * development the run command's GreenMail). Messages carry no health data: they say there is something to look
 * at and link to the portal, where signing in shows it.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = "portal.smtp.host")
    private String host;

    @Inject
    @ConfigProperty(name = "portal.smtp.port", defaultValue = "587")
    private int port;

    @Inject
    @ConfigProperty(name = "portal.smtp.from")
    private String from;

    @Inject
    @ConfigProperty(name = "portal.smtp.auth", defaultValue = "false")
    private boolean auth;

    /** Empty is no value to MicroProfile Config: an SMTP server without sign-in names neither. */
    @Inject
    @ConfigProperty(name = "portal.smtp.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.smtp.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.smtp.starttls", defaultValue = "true")
    private boolean starttls;

    @Inject
    @ConfigProperty(name = "portal.smtp.ssl", defaultValue = "false")
    private boolean ssl;

    private Session session;

    @PostConstruct
    void connect() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.auth", Boolean.toString(auth));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        properties.put("mail.smtp.ssl.enable", Boolean.toString(ssl));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        session = auth
                ? Session.getInstance(properties, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user.orElse(""), password.orElse(""));
                    }
                })
                : Session.getInstance(properties);
    }

    /**
     * Sends one plain-text message, which ends with the link that stops its kind of email; mail programs that offer
     * their own unsubscribe button take the same link from the List-Unsubscribe header.
     */
    public void send(String to, Language language, String subject, String text, String unsubscribe)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text + MailText.of(language, "unsubscribe", unsubscribe), StandardCharsets.UTF_8.name());
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        Transport.send(message);
    }
}
