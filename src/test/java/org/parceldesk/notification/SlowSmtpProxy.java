package org.parceldesk.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A slow SMTP server: a TCP proxy in front of GreenMail that holds back every answer of the server
 * for a while, as an overloaded or distant mail server does. Each message then takes several such
 * delays (greeting, EHLO, MAIL, RCPT, DATA, end of data).
 */
final class SlowSmtpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "slow-smtp");
        thread.setDaemon(true);
        return thread;
    });

    SlowSmtpProxy(int targetPort, long answerDelayMillis) throws IOException {
        listener = new ServerSocket(0);
        pumps.submit(() -> {
            while (!listener.isClosed()) {
                Socket client;
                try {
                    client = listener.accept();
                } catch (IOException closed) {
                    return null;
                }
                Socket server;
                try {
                    server = new Socket("127.0.0.1", targetPort);
                } catch (IOException refused) {
                    client.close(); // this client sees a dropped connection; the next one is served
                    continue;
                }
                pumps.submit(() -> pump(client.getInputStream(), server.getOutputStream(), 0, client, server));
                pumps.submit(() -> pump(server.getInputStream(), client.getOutputStream(), answerDelayMillis, client, server));
            }
            return null;
        });
    }

    int port() {
        return listener.getLocalPort();
    }

    private static Void pump(InputStream from, OutputStream to, long delay, Socket a, Socket b) {
        byte[] buffer = new byte[8192];
        try {
            int read;
            while ((read = from.read(buffer)) >= 0) {
                if (delay > 0) {
                    Thread.sleep(delay); // the simulated slowness of the server, not a wait in the test
                }
                to.write(buffer, 0, read);
                to.flush();
            }
        } catch (IOException | InterruptedException ended) {
            // one side closed
        } finally {
            try {
                a.close();
                b.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        pumps.shutdownNow();
    }
}
