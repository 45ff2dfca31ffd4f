package io.relaypay.simulator.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relaypay.simulator.CarrierNetwork;
import io.relaypay.simulator.SimulatorConfig;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Angus Mail, a mail client that is not ours, sends through the email-to-SMS gateway. */
class AngusMailIT {

    private static CarrierNetwork network;

    @BeforeAll
    static void start() {
        network = CarrierNetwork.start(SimulatorConfig.defaults().withEphemeralPorts());
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    @Test
    void angusMailDeliversAUtf8TextToThePhone() throws Exception {
        Session session = session();
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(new InternetAddress("noreply@relaypay.test"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress("4915112345673@sms.northwind.test"));
        mail.setSubject("Code");
        mail.setText("Dein Code: 9876 – gültig 5 Minuten", "UTF-8");

        Transport.send(mail);

        assertThat(network.phone("+4915112345673").inbox().getLast().text())
                .isEqualTo("Dein Code: 9876 – gültig 5 Minuten");
    }

    @Test
    void unknownRecipientFailsTheSend() throws Exception {
        MimeMessage mail = new MimeMessage(session());
        mail.setFrom(new InternetAddress("noreply@relaypay.test"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress("4915199999999@sms.northwind.test"));
        mail.setText("nobody");

        assertThatThrownBy(() -> Transport.send(mail)).isInstanceOf(MessagingException.class);
    }

    private static Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(network.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        return Session.getInstance(properties);
    }
}
