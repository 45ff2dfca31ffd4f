package io.relaypay.interchange.agent;

import io.relaypay.interchange.common.ApiException;
import io.relaypay.interchange.common.Hashes;
import io.relaypay.interchange.common.Ids;
import io.relaypay.interchange.common.ProblemType;
import io.relaypay.interchange.common.Transactions;
import io.relaypay.interchange.messages.MessageSender;
import io.relaypay.interchange.messages.PhoneMessage;
import io.relaypay.interchange.users.UserService;
import io.relaypay.routing.E164;
import io.relaypay.sdk.jose.EcKeys;
import io.relaypay.sdk.jose.JoseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Enrolls an agent: a code by SMS to the phone number (through the normal least-cost sender), then the
 * code back with the device's public key. Three wrong codes fail the enrollment; the code expires.
 */
public final class Enrollments {

    /**
     * Enrollment settings.
     *
     * @param codeTtl how long the SMS code is valid
     * @param attempts wrong codes allowed before the enrollment fails
     * @param startsPerHour enrollments one phone number may start in an hour: each texts a code and
     *     allows guesses, so this bounds both the texts and the guessing
     */
    public record Settings(Duration codeTtl, int attempts, int startsPerHour) {

        /** Requires sane values. */
        public Settings {
            if (codeTtl.isNegative() || codeTtl.isZero() || attempts < 1 || startsPerHour < 1) {
                throw new IllegalArgumentException("enrollment code ttl, attempts and starts must be positive");
            }
        }
    }

    private static final Pattern CODE = Pattern.compile("[0-9]{6}");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N} ._()'-]{1,100}");
    private static final Pattern PLATFORM = Pattern.compile("[a-z0-9._-]{1,40}");

    private final EnrollmentStore enrollments;
    private final DeviceStore devices;
    private final UserService users;
    private final MessageSender sender;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;
    private final Settings settings;
    private final SecureRandom random = new SecureRandom();

    /** Enrollments over these parts. */
    public Enrollments(
            EnrollmentStore enrollments,
            DeviceStore devices,
            UserService users,
            MessageSender sender,
            Transactions transactions,
            Ids ids,
            Clock clock,
            Settings settings) {
        this.enrollments = Objects.requireNonNull(enrollments, "enrollments");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.users = Objects.requireNonNull(users, "users");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Starts an enrollment for {@code phoneNumber} and texts it the code.
     *
     * @throws MessageSender.NoRouteException when no route reaches the number
     */
    public Enrollment start(String phoneNumber) {
        if (phoneNumber == null || !E164.isValid(phoneNumber)) {
            throw ApiException.invalid("phone_number", "phone_number must be E.164, such as +4915112345678");
        }
        Instant now = clock.instant();
        if (enrollments.countSince(phoneNumber, now.minus(Duration.ofHours(1))) >= settings.startsPerHour()) {
            throw new ApiException(
                    ProblemType.RATE_LIMITED, "too many enrollments for this phone number; try again in an hour");
        }
        String id = ids.next("enr");
        String code = String.format("%06d", random.nextInt(1_000_000));
        Enrollment enrollment = new Enrollment(
                id,
                phoneNumber,
                hash(id, code),
                0,
                Enrollment.Status.REQUIRES_CODE,
                Optional.empty(),
                now,
                now.plus(settings.codeTtl()));
        return transactions.inTransaction(() -> {
            enrollments.insert(enrollment);
            sender.send(new PhoneMessage(
                    phoneNumber,
                    "Relaypay: " + code + " is your code to connect the payment agent on a computer."
                            + " Never share it; Relaypay never asks for it.",
                    PhoneMessage.Purpose.POSSESSION_CODE,
                    id));
            return enrollment;
        });
    }

    /**
     * Confirms an enrollment with the code from the SMS and registers the device.
     *
     * @throws ApiException for a bad request, a wrong code ({@link ProblemType#ENROLLMENT_CODE_INVALID},
     *     via {@link AgentRefusal}), or a closed enrollment
     */
    public Device confirm(String enrollmentId, String code, String devicePublicKey, String name, String platform) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw ApiException.invalid("code", "code is the 6 digits from the SMS");
        }
        try {
            EcKeys.decodePublic(devicePublicKey);
        } catch (JoseException e) {
            throw ApiException.invalid(
                    "device_public_key", "device_public_key must be base64url of an EC P-256 SubjectPublicKeyInfo");
        }
        if (name == null || !LABEL.matcher(name).matches()) {
            throw ApiException.invalid("device_name", "device_name is 1 to 100 letters, digits and spaces");
        }
        if (platform == null || !PLATFORM.matcher(platform).matches()) {
            throw ApiException.invalid("platform", "platform is 1 to 40 of a-z, 0-9, '.', '_', '-'");
        }
        // Decide inside the transaction, refuse after it: a wrong code's counted attempt must commit.
        Outcome outcome = transactions.inTransaction(() -> decide(enrollmentId, code, devicePublicKey, name, platform));
        return switch (outcome) {
            case Outcome.Enrolled(Device device) -> device;
            case Outcome.WrongCode(int left) ->
                throw new AgentRefusal(
                        left > 0 ? ProblemType.ENROLLMENT_CODE_INVALID : ProblemType.ENROLLMENT_CLOSED,
                        left > 0 ? "the code is wrong" : "the code was wrong too many times; start again",
                        Map.of("attempts_left", left));
            case Outcome.Closed(String why) -> throw new ApiException(ProblemType.ENROLLMENT_CLOSED, why);
        };
    }

    private sealed interface Outcome {
        record Enrolled(Device device) implements Outcome {}

        record WrongCode(int left) implements Outcome {}

        record Closed(String why) implements Outcome {}
    }

    private Outcome decide(String enrollmentId, String code, String publicKey, String name, String platform) {
        Enrollment enrollment =
                enrollments.lock(enrollmentId).orElseThrow(() -> ApiException.notFound("enrollment", enrollmentId));
        Instant now = clock.instant();
        switch (enrollment.status()) {
            case SUCCEEDED -> {
                return new Outcome.Closed("this enrollment was already confirmed");
            }
            case FAILED -> {
                return new Outcome.Closed("the code was wrong too many times; start again");
            }
            case REQUIRES_CODE -> {
                // Only waiting enrollments go on.
            }
        }
        if (!now.isBefore(enrollment.expiresAt())) {
            return new Outcome.Closed("the code expired; start again");
        }
        if (!MessageDigest.isEqual(
                hash(enrollment.id(), code).getBytes(StandardCharsets.US_ASCII),
                enrollment.codeHash().getBytes(StandardCharsets.US_ASCII))) {
            int attempts = enrollment.attempts() + 1;
            boolean failed = attempts >= settings.attempts();
            enrollments.update(new Enrollment(
                    enrollment.id(),
                    enrollment.phoneNumber(),
                    enrollment.codeHash(),
                    attempts,
                    failed ? Enrollment.Status.FAILED : Enrollment.Status.REQUIRES_CODE,
                    Optional.empty(),
                    enrollment.createdAt(),
                    enrollment.expiresAt()));
            return new Outcome.WrongCode(settings.attempts() - attempts);
        }
        String userId = users.findOrCreate(enrollment.phoneNumber()).id();
        Device device = new Device(
                ids.next("dev"), enrollment.phoneNumber(), userId, publicKey, name, platform, now, Optional.empty());
        devices.insert(device);
        enrollments.update(new Enrollment(
                enrollment.id(),
                enrollment.phoneNumber(),
                enrollment.codeHash(),
                enrollment.attempts(),
                Enrollment.Status.SUCCEEDED,
                Optional.of(device.id()),
                enrollment.createdAt(),
                enrollment.expiresAt()));
        return new Outcome.Enrolled(device);
    }

    private static String hash(String enrollmentId, String code) {
        return Hashes.sha256Hex(enrollmentId + ":" + code);
    }
}
