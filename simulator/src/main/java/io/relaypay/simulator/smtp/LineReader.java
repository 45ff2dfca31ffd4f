package io.relaypay.simulator.smtp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads CRLF (or bare LF) terminated lines of bytes with a length limit. */
final class LineReader {

    /** A line longer than the limit; the rest of it was read and dropped. */
    static final class LineTooLongException extends IOException {
        LineTooLongException(int limit) {
            super("line longer than " + limit + " bytes");
        }
    }

    private final InputStream in;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its line end, or null at end of stream. */
    byte[] readLine(int limit) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                if (tooLong) {
                    throw new LineTooLongException(limit);
                }
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return java.util.Arrays.copyOf(bytes, end);
            }
            if (line.size() <= limit) {
                line.write(b);
            } else {
                tooLong = true;
            }
        }
        return line.size() == 0 && !tooLong ? null : line.toByteArray();
    }
}
