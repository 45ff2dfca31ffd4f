package io.relaypay.simulator.smtp;

import io.relaypay.simulator.CarrierConfig;
import io.relaypay.simulator.network.Network;
import io.relaypay.simulator.network.VirtualPhone;
import java.util.Locale;
import java.util.Optional;

/**
 * Email-to-SMS addressing: {@code <digits>@<carrier gateway domain>}, e.g. {@code
 * 4915112345678@sms.northwind.test}, reaches that carrier's subscriber with number {@code
 * +4915112345678}. A leading {@code +} in the local part is accepted.
 */
final class EmailRecipients {

    private final Network network;

    EmailRecipients(Network network) {
        this.network = network;
    }

    /** The subscriber the address reaches; empty for an unknown domain, number or carrier mismatch. */
    Optional<VirtualPhone> resolve(MailAddress address) {
        Optional<CarrierConfig> carrier = network.carriers().carriers().stream()
                .filter(c -> c.emailDomain().toLowerCase(Locale.ROOT).equals(address.domain()))
                .findFirst();
        String digits = address.local().startsWith("+") ? address.local().substring(1) : address.local();
        if (carrier.isEmpty() || !digits.matches("[0-9]{6,15}")) {
            return Optional.empty();
        }
        return network.phone("+" + digits)
                .filter(p -> p.carrier().equals(carrier.get().name()));
    }
}
