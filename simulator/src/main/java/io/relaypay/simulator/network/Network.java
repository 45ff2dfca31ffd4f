package io.relaypay.simulator.network;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.relaypay.simulator.CarrierConfig;
import io.relaypay.simulator.Charge;
import io.relaypay.simulator.PhoneConfig;
import io.relaypay.simulator.ReceivedMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriber side of the network: phones, carriers and the routing of messages between phones
 * and the network's gateways. Thread-safe.
 *
 * <p>MO routing rule: an MO from a phone goes to the first SMSC (in configuration order) that
 * reaches the phone's carrier and has a receiver bound; if none has, it is queued on the first SMSC
 * that reaches the carrier and delivered when an ESME binds there. Independently, it is reported to
 * every configured HTTP MO callback (Kannel-style GET, JSON POST).
 */
public final class Network {

    private static final Logger log = LoggerFactory.getLogger(Network.class);
    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

    private final Clock clock;
    private final Carriers carriers;
    private final MessageIds ids = new MessageIds();
    private final ConcurrentHashMap<String, VirtualPhone> phonesByNumber = new ConcurrentHashMap<>();
    private final List<VirtualPhone> phones = new CopyOnWriteArrayList<>();
    private final List<MoGateway> moGateways = new CopyOnWriteArrayList<>();
    private final List<MoCallback> moCallbacks = new CopyOnWriteArrayList<>();

    /** A network with these carriers and phones. */
    public Network(Clock clock, List<CarrierConfig> carriers, List<PhoneConfig> phones) {
        this.clock = clock;
        this.carriers = new Carriers(carriers);
        for (PhoneConfig phone : phones) {
            addPhone(phone);
        }
    }

    /** The network's clock. */
    public Clock clock() {
        return clock;
    }

    /** Network-wide id source. */
    public MessageIds ids() {
        return ids;
    }

    /** The carriers and their charges. */
    public Carriers carriers() {
        return carriers;
    }

    /** Every phone, in the order they were added. */
    public List<VirtualPhone> phones() {
        return List.copyOf(phones);
    }

    /** The phone with this number; accepts {@code +49…}, {@code 0049…} or {@code 49…}. */
    public Optional<VirtualPhone> phone(String address) {
        return toE164(address).map(phonesByNumber::get);
    }

    /**
     * Adds a phone.
     *
     * @throws IllegalArgumentException if the number is not a valid E.164 number, already exists,
     *     or the carrier is unknown
     */
    public VirtualPhone addPhone(String msisdn, String carrier, boolean premiumBarred) {
        return addPhone(new PhoneConfig(msisdn, carrier, premiumBarred));
    }

    /**
     * Adds a phone with its operator billing settings.
     *
     * @throws IllegalArgumentException as {@link #addPhone(String, String, boolean)}
     */
    public VirtualPhone addPhone(PhoneConfig config) {
        String msisdn = config.msisdn();
        carriers.require(config.carrier());
        requireValidNumber(msisdn);
        VirtualPhone phone = new VirtualPhone(msisdn, config.carrier(), config.premiumBarred(), config.billing(), this);
        if (phonesByNumber.putIfAbsent(msisdn, phone) != null) {
            throw new IllegalArgumentException("phone already exists: " + msisdn);
        }
        phones.add(phone);
        return phone;
    }

    /** Registers an SMSC (or other gateway) for MO routing, in configuration order. */
    public void addMoGateway(MoGateway gateway) {
        moGateways.add(gateway);
    }

    /** Registers an HTTP endpoint every MO is reported to. */
    public void addMoCallback(MoCallback callback) {
        moCallbacks.add(callback);
    }

    /**
     * Hands a complete MT to the phone: into the inbox, and onto the bill when premium. A premium
     * message to a premium-barred phone is neither delivered nor charged.
     */
    public MtOutcome deliver(VirtualPhone phone, MtMessage mt) {
        if (mt.price().isPresent() && phone.premiumBarred()) {
            log.info("mt={} to={} refused: premium barred", mt.networkMessageId(), phone.msisdn());
            return MtOutcome.PREMIUM_BARRED;
        }
        Instant now = clock.instant();
        phone.receive(new ReceivedMessage(
                mt.sender(),
                mt.text(),
                mt.price().map(PremiumPrice::amountMinor),
                mt.price().map(PremiumPrice::currency),
                now,
                mt.via(),
                mt.networkMessageId()));
        mt.price().ifPresent(price -> {
            CarrierConfig carrier = carriers.require(phone.carrier());
            addToBill(
                    phone,
                    Charge.premiumSms(
                            price.amountMinor(),
                            price.currency(),
                            now,
                            mt.sender(),
                            mt.networkMessageId(),
                            mt.text(),
                            carrier.shareOf(price.amountMinor())));
        });
        log.debug("mt={} to={} via={} delivered", mt.networkMessageId(), phone.msisdn(), mt.via());
        return MtOutcome.DELIVERED;
    }

    /** Puts a line on the phone's bill and into its carrier's revenue. */
    public void addToBill(VirtualPhone phone, Charge charge) {
        phone.charge(charge);
        carriers.record(phone.carrier(), charge);
    }

    /**
     * Whether the phone's carrier bills this premium price.
     */
    public boolean billable(VirtualPhone phone, PremiumPrice price) {
        return carriers.require(phone.carrier()).bills(price.amountMinor(), price.currency());
    }

    /**
     * Sends an MO from {@code phone} by the routing rule of this class.
     *
     * @throws IllegalArgumentException if {@code to} is not a short code or number, or text is null
     */
    public MoMessage sendMo(VirtualPhone phone, String to, String text) {
        if (to == null || !to.matches("\\+?[0-9A-Za-z]{1,20}")) {
            throw new IllegalArgumentException("MO destination must be a short code or number, was: " + to);
        }
        if (text == null) {
            throw new IllegalArgumentException("MO text is required");
        }
        CarrierConfig carrier = carriers.require(phone.carrier());
        Optional<PremiumPrice> price =
                carrier.premiumMoPrice(to).map(minor -> new PremiumPrice(minor, carrier.currency()));
        if (price.isPresent() && phone.premiumBarred()) {
            log.info("mo from={} to={} refused: premium barred", phone.msisdn(), to);
            return new MoMessage(Long.toString(ids.next()), phone.msisdn(), to, text, phone.carrier(), clock.instant());
        }
        MoMessage mo = new MoMessage(
                Long.toString(ids.next()), phone.msisdn(), to, text, phone.carrier(), clock.instant(), price);
        phone.recordSent(mo);
        // A premium MO is billed when the network takes it, whether or not the provider is reachable.
        price.ifPresent(p -> addToBill(
                phone,
                Charge.premiumMo(
                        p.amountMinor(),
                        p.currency(),
                        mo.sentAt(),
                        to,
                        mo.id(),
                        text,
                        carrier.shareOf(p.amountMinor()))));
        List<MoGateway> candidates =
                moGateways.stream().filter(g -> g.reaches(phone.carrier())).toList();
        Optional<MoGateway> route = candidates.stream()
                .filter(MoGateway::hasReceiver)
                .findFirst()
                .or(() -> candidates.stream().findFirst());
        route.ifPresent(gateway -> {
            log.info("mo={} from={} to={} via={}", mo.id(), mo.from(), mo.to(), gateway.name());
            gateway.deliverMo(mo);
        });
        moCallbacks.forEach(callback -> callback.report(mo));
        if (route.isEmpty() && moCallbacks.isEmpty()) {
            log.warn(
                    "mo={} from={} has no route: no SMSC reaches carrier {} and no MO callback is set",
                    mo.id(),
                    mo.from(),
                    phone.carrier());
        }
        return mo;
    }

    /**
     * The E.164 form ({@code +} and digits) of an address as ESMEs send it: {@code +4915…}, {@code
     * 004915…} or {@code 4915…}; empty for anything else.
     */
    public static Optional<String> toE164(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String trimmed = address.trim();
        String digits = trimmed.startsWith("+")
                ? trimmed.substring(1)
                : trimmed.startsWith("00") ? trimmed.substring(2) : trimmed;
        return digits.matches("[1-9][0-9]{5,14}") ? Optional.of("+" + digits) : Optional.empty();
    }

    private static void requireValidNumber(String msisdn) {
        if (msisdn == null || !msisdn.matches("\\+[1-9][0-9]{5,14}")) {
            throw new IllegalArgumentException("phone number must be E.164 with a leading +: " + msisdn);
        }
        try {
            if (!PHONE_NUMBERS.isValidNumber(PHONE_NUMBERS.parse(msisdn, "ZZ"))) {
                throw new IllegalArgumentException("not a valid phone number (libphonenumber): " + msisdn);
            }
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("not a phone number: " + msisdn + " (" + e.getMessage() + ")");
        }
    }
}
