package io.relaypay.agent;

import io.relaypay.agent.device.DeviceStore;
import io.relaypay.agent.interchange.Enrollment;
import io.relaypay.agent.interchange.InterchangeClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.security.KeyPair;
import java.util.regex.Pattern;

/**
 * Enrolls this machine: the interchange texts a code to the phone, the user types it here, and only
 * then is a key pair made and its public half registered; the private half never leaves the
 * keystore.
 */
final class Enroller {

    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern CODE = Pattern.compile("[0-9]{6}");
    private static final int ATTEMPTS = 3;

    private final InterchangeClient interchange;
    private final DeviceStore devices;
    private final PrintStream out;

    Enroller(InterchangeClient interchange, DeviceStore devices, PrintStream out) {
        this.interchange = interchange;
        this.devices = devices;
        this.out = out;
    }

    /** Enrolls {@code phone}, reading the SMS code from {@code codes}; returns the device id. */
    String enroll(String phone, BufferedReader codes) throws IOException {
        if (!PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("--phone must be in international form, like +4915112345678");
        }
        Enrollment enrollment = interchange.startEnrollment(phone);
        out.println("Relaypay sent a code by SMS to " + phone + ".");
        KeyPair keys = DeviceStore.newKeyPair();
        for (int attempt = 1; ; attempt++) {
            out.print("Code: ");
            out.flush();
            String code = codes.readLine();
            if (code == null) {
                throw new IllegalArgumentException("no code given");
            }
            code = code.strip();
            if (!CODE.matcher(code).matches()) {
                out.println("The code has 6 digits.");
                continue;
            }
            try {
                String device = interchange.confirmEnrollment(
                        enrollment.id(), code, InterchangeClient.encode(keys.getPublic()), deviceName());
                devices.save(device, phone, interchange.base(), keys);
                out.println("Enrolled: device " + device + ", keys in " + devices.dir());
                return device;
            } catch (io.relaypay.agent.interchange.InterchangeProblem e) {
                if (attempt >= ATTEMPTS || e.status() != 400 && e.status() != 422) {
                    throw e;
                }
                out.println("That code was not accepted: " + e.detail().orElse(e.title()));
            }
        }
    }

    /** The machine's name as the interchange takes it: letters, digits and spaces, at most 100. */
    static String deviceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "";
        }
        String name = host.replaceAll("[^\\p{L}\\p{N} ]+", " ").strip();
        name = name.length() > 100 ? name.substring(0, 100).strip() : name;
        return name.isEmpty() ? "Relaypay agent" : name;
    }
}
