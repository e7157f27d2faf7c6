package ru.reglament.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 keep-alive client over one socket, one per load thread. The JDK's HttpClient
 * costs about as much CPU per request as the server on this 2-core machine, which would make the
 * client, not the platform, the thing measured.
 */
public final class RawHttp implements AutoCloseable {

    public record Response(int status, String body) {
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] buffer = new byte[16384];
    private int position;
    private int limit;

    public RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public Response send(String method, String path, String authorization, String body) throws IOException {
        if (socket == null) connect();
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Authorization: ").append(authorization).append("\r\n")
                .append("Accept: application/json\r\n");
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(payload.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] request = java.util.Arrays.copyOf(headBytes, headBytes.length + payload.length);
        System.arraycopy(payload, 0, request, headBytes.length, payload.length);
        out.write(request); // one write, one packet
        out.flush();
        return read();
    }

    /**
     * The first numeric value of a field in a JSON body, without parsing the whole body: the card's
     * {@code id} and {@code version} come before any nested object of the same name. Keeps the load
     * client's CPU, which shares the machine with the platform, low.
     */
    public static long firstNumber(String json, String field) {
        String key = "\"" + field + "\":";
        int at = json.indexOf(key);
        if (at < 0) throw new IllegalStateException("No " + field + " in " + json);
        int start = at + key.length();
        int end = start;
        while (end < json.length() && (Character.isDigit(json.charAt(end)) || json.charAt(end) == '-')) end++;
        return Long.parseLong(json.substring(start, end));
    }

    private Response read() throws IOException {
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            if (header.regionMatches(true, 0, "content-length:", 0, 15)) length = Integer.parseInt(header.substring(15).trim());
            if (header.regionMatches(true, 0, "transfer-encoding:", 0, 18) && header.contains("chunked")) chunked = true;
            if (header.regionMatches(true, 0, "connection:", 0, 11) && header.contains("close")) close = true;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(Math.max(length, 256));
        if (chunked) {
            for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                bytes(body, size);
                line();
            }
            line();
        } else if (length > 0) {
            bytes(body, length);
        }
        if (close) close();
        return new Response(code, body.toString(StandardCharsets.UTF_8));
    }

    // The socket is read through this buffer rather than a BufferedInputStream, whose read() takes a
    // lock per byte of the headers: the load client shares the two cores with what it measures.
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            if (position == limit) fill();
            byte c = buffer[position++];
            if (c == '\n') return line.toString();
            if (c != '\r') line.append((char) c);
        }
    }

    private void bytes(ByteArrayOutputStream to, int count) throws IOException {
        while (count > 0) {
            if (position == limit) fill();
            int n = Math.min(count, limit - position);
            to.write(buffer, position, n);
            position += n;
            count -= n;
        }
    }

    private void fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) throw new IOException("connection closed");
        position = 0;
        limit = n;
    }

    private void connect() throws IOException {
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        in = socket.getInputStream();
        position = 0;
        limit = 0;
        out = socket.getOutputStream();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) socket.close();
        socket = null;
    }
}
