package io.relaypay.agent.prompt;

import io.relaypay.agent.interchange.AgentMessage;
import io.relaypay.agent.messages.MessageDisplay;
import java.awt.GraphicsEnvironment;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * Shows each text in a small window of the agent's own, like a notification: non-modal, so the
 * person can copy the code into the checkout page while it stays open.
 */
public final class SwingMessageWindow implements MessageDisplay {

    /** Whether a window can be shown here at all. */
    public static boolean available() {
        return !GraphicsEnvironment.isHeadless();
    }

    @Override
    public void show(AgentMessage message) {
        SwingUtilities.invokeLater(() -> {
            JOptionPane pane = new JOptionPane(message.text(), JOptionPane.INFORMATION_MESSAGE);
            var dialog = pane.createDialog("Relaypay");
            dialog.setModal(false);
            dialog.setAlwaysOnTop(true);
            dialog.setVisible(true);
        });
    }
}
