package io.relaypay.interchange.checkout.web;

/**
 * Everything the checkout template shows, as plain values (empty strings for absent text), so the
 * template holds no logic beyond showing and hiding sections. Thymeleaf escapes every value.
 *
 * @param paymentId payment id
 * @param state {@code phone}, {@code confirm}, {@code processing}, {@code succeeded}, {@code failed},
 *     {@code canceled} or {@code expired}
 * @param status the payment's wire status
 * @param mode page, popup or frame
 * @param merchantName shown as the payee
 * @param description what is bought
 * @param amount formatted, e.g. {@code 4.99 EUR}
 * @param waiting whether the buyer can still act (deadline, cancel)
 * @param secondsLeft until the deadline
 * @param timeLeft the same as {@code m:ss}
 * @param phone prefilled number on the phone form
 * @param maskedPhone the number the message went to, mostly hidden
 * @param needsCode whether a code from the message is asked
 * @param codeDone whether it came in
 * @param needsPin whether the PIN is asked
 * @param pinDone whether it came in
 * @param pinSet whether the buyer has a PIN
 * @param pinLockedMinutes minutes until PIN entry opens again, 0 when open
 * @param triesLeft wrong codes or PINs left
 * @param canResend whether a new message may be asked for
 * @param failureMessage why it failed
 * @param nextUrl the merchant's URL to go back to, with {@code ?payment=}
 * @param autoRedirect whether the page sends the buyer on by itself (success, page mode)
 * @param merchantOrigin the origin outcome messages are posted to in the widget
 * @param noticeMessage what the last step said
 * @param noticeProblem whether it is something to fix
 * @param csrf the form token
 * @param pinSetUrl where the buyer sets a PIN
 */
public record CheckoutPage(
        String paymentId,
        String state,
        String status,
        String mode,
        String merchantName,
        String description,
        String amount,
        boolean waiting,
        long secondsLeft,
        String timeLeft,
        String phone,
        String maskedPhone,
        boolean needsCode,
        boolean codeDone,
        boolean needsPin,
        boolean pinDone,
        boolean pinSet,
        long pinLockedMinutes,
        int triesLeft,
        boolean canResend,
        String failureMessage,
        String nextUrl,
        boolean autoRedirect,
        String merchantOrigin,
        String noticeMessage,
        boolean noticeProblem,
        String csrf,
        String pinSetUrl) {}
