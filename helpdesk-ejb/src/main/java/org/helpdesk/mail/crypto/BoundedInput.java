package org.helpdesk.mail.crypto;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most so many bytes and fails beyond: decompressing what a stranger sent (a few KB can expand to
 * gigabytes) must not take the server's memory.
 */
final class BoundedInput extends FilterInputStream {

    private final long limit;
    private long read;

    BoundedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw new CryptoException("The decrypted message is larger than " + limit + " bytes");
        }
    }
}
