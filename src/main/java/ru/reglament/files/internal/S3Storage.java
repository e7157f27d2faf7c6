package ru.reglament.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * S3-compatible storage ({@code reglament.files.storage: s3}): Amazon S3, MinIO, Ceph RGW, Yandex
 * Object Storage, S3Mock. An upload is received into a local folder first (S3 wants the length and
 * the name before the bytes, and the name is the hash of all of them), then put as one object.
 */
@Component
@ConditionalOnProperty(name = "reglament.files.storage", havingValue = "s3")
class S3Storage implements FileStorage, AutoCloseable {

    /**
     * {@code reglament.files.s3.*}.
     *
     * @param endpoint the service's URL; empty for Amazon S3 itself
     * @param region e.g. {@code ru-central1}; S3-compatible servers accept any
     * @param bucket must exist
     * @param accessKey with {@code secretKey}; empty: the AWS SDK's default chain (environment, profile)
     * @param pathStyle {@code http://host/bucket/key} (MinIO, Ceph, S3Mock), not {@code http://bucket.host/key}
     * @param prefix before each object's name, e.g. {@code reglament/}
     * @param incoming a local folder for uploads being received; the system's temporary folder when empty
     */
    @ConfigurationProperties("reglament.files.s3")
    record Properties(URI endpoint, String region, String bucket, String accessKey, String secretKey, Boolean pathStyle,
            String prefix, Path incoming) {

        Properties {
            if (region == null || region.isBlank()) region = "us-east-1";
            if (pathStyle == null) pathStyle = true;
            if (prefix == null) prefix = "";
            if (incoming == null) incoming = Path.of(System.getProperty("java.io.tmpdir"), "reglament-incoming");
        }
    }

    private final Properties properties;
    private final S3Client client;

    S3Storage(Properties properties) {
        if (properties.bucket() == null || properties.bucket().isBlank()) {
            throw new IllegalArgumentException("reglament.files.s3.bucket: name the bucket files are kept in");
        }
        this.properties = properties;
        AwsCredentialsProvider credentials = properties.accessKey() == null || properties.accessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()));
        var builder = S3Client.builder().region(Region.of(properties.region())).credentialsProvider(credentials)
                .forcePathStyle(properties.pathStyle());
        if (properties.endpoint() != null) builder.endpointOverride(properties.endpoint());
        this.client = builder.build();
        try {
            Files.createDirectories(properties.incoming());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder for incoming files " + properties.incoming(), e);
        }
    }

    @Override
    public Path incoming() {
        return properties.incoming();
    }

    @Override
    public void store(String name, Path received, long size, String contentType) throws IOException {
        try {
            client.putObject(PutObjectRequest.builder().bucket(properties.bucket()).key(objectKey(name))
                    .contentLength(size).contentType(contentType).build(), RequestBody.fromFile(received));
        } catch (S3Exception e) {
            throw new IOException("S3 refused to store " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream read(String name) throws IOException {
        try {
            return client.getObject(GetObjectRequest.builder().bucket(properties.bucket()).key(objectKey(name)).build());
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(objectKey(name));
        } catch (S3Exception e) {
            throw new IOException("S3 refused to read " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String name) throws IOException {
        try {
            client.headObject(HeadObjectRequest.builder().bucket(properties.bucket()).key(objectKey(name)).build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return false;
            throw new IOException("S3 refused to look " + name + " up: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "S3 bucket " + properties.bucket() + (properties.endpoint() == null ? "" : " at " + properties.endpoint());
    }

    String objectKey(String name) {
        return properties.prefix() + name.substring(0, 2) + "/" + name;
    }

    @Override
    public void close() {
        client.close();
    }
}
