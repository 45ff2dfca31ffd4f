package io.relaypay.agent.prompt;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/**
 * The agent's own dialog, always on top. The OK button is enabled only after {@link #ARM_DELAY},
 * so a page that opens the prompt under the user's cursor or while they type cannot have a click
 * or an Enter meant for itself confirm the payment.
 */
public final class SwingPrompt implements Prompt {

    /** How long OK stays disabled after the dialog appears. */
    public static final Duration ARM_DELAY = Duration.ofMillis(1500);

    @Override
    public PinDecision askPin(PaymentSummary summary, Duration timeout) {
        CompletableFuture<PinDecision> decision = new CompletableFuture<>();
        JDialog[] dialog = new JDialog[1];
        SwingUtilities.invokeLater(() -> dialog[0] = pinDialog(summary, decision));
        try {
            return decision.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new PinDecision.TimedOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PinDecision.Declined();
        } catch (ExecutionException e) {
            return new PinDecision.Declined();
        } finally {
            SwingUtilities.invokeLater(() -> {
                if (dialog[0] != null) {
                    dialog[0].dispose();
                }
            });
        }
    }

    @Override
    public boolean approvePairing(String appName, Duration timeout) {
        CompletableFuture<Boolean> decision = new CompletableFuture<>();
        JDialog[] dialog = new JDialog[1];
        SwingUtilities.invokeLater(() -> {
            JLabel question = new JLabel("Allow the app \"" + appName + "\" to request payments from Relaypay?");
            dialog[0] = dialog("Relaypay: pair an app", question, null, decision, () -> true, false);
        });
        try {
            return decision.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            SwingUtilities.invokeLater(() -> {
                if (dialog[0] != null) {
                    dialog[0].dispose();
                }
            });
        }
    }

    private static JDialog pinDialog(PaymentSummary summary, CompletableFuture<PinDecision> decision) {
        JPanel text = new JPanel(new GridLayout(0, 1));
        text.add(new JLabel("Pay " + summary.displayAmount() + " to " + summary.merchantName()));
        summary.description().ifPresent(d -> text.add(new JLabel(d)));
        text.add(new JLabel("Reference " + summary.reference() + ", asked by " + summary.requester()));
        JPasswordField pin = new JPasswordField(8);
        return dialog(
                "Relaypay: confirm payment",
                text,
                pin,
                decision,
                () -> {
                    char[] typed = pin.getPassword();
                    pin.setText("");
                    if (typed.length == 0) {
                        return new PinDecision.Declined();
                    }
                    return new PinDecision.Approved(typed);
                },
                new PinDecision.Declined());
    }

    private static <T> JDialog dialog(
            String title,
            java.awt.Component message,
            JPasswordField input,
            CompletableFuture<T> decision,
            java.util.function.Supplier<T> onOk,
            T onCancel) {
        JDialog dialog = new JDialog((java.awt.Frame) null, title, false);
        dialog.setAlwaysOnTop(true);
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JPanel panel = new JPanel(new BorderLayout(8, 8));
        panel.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        panel.add(message, BorderLayout.NORTH);
        if (input != null) {
            JPanel pinRow = new JPanel(new BorderLayout(4, 4));
            pinRow.add(new JLabel("PIN"), BorderLayout.WEST);
            pinRow.add(input, BorderLayout.CENTER);
            panel.add(pinRow, BorderLayout.CENTER);
        }
        JButton ok = new JButton("OK");
        ok.setEnabled(false);
        JButton cancel = new JButton("Cancel");
        ok.addActionListener(e -> {
            decision.complete(onOk.get());
            dialog.dispose();
        });
        cancel.addActionListener(e -> {
            decision.complete(onCancel);
            if (input != null) {
                Arrays.fill(input.getPassword(), '\0');
                input.setText("");
            }
            dialog.dispose();
        });
        dialog.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                decision.complete(onCancel);
            }
        });
        JPanel buttons = new JPanel();
        buttons.add(cancel);
        buttons.add(ok);
        panel.add(buttons, BorderLayout.SOUTH);
        dialog.setContentPane(panel);
        dialog.getRootPane().setDefaultButton(null);
        dialog.pack();
        dialog.setLocationRelativeTo(null);
        Timer arm = new Timer((int) ARM_DELAY.toMillis(), e -> ok.setEnabled(true));
        arm.setRepeats(false);
        arm.start();
        dialog.setVisible(true);
        return dialog;
    }
}
