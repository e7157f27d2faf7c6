package ru.reglament.files.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.reglament.files.FileStore;
import ru.reglament.support.S3MockServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The storage contract on S3, through a real S3 protocol server (S3Mock, a process of its own), with
 * the platform configured as a deployment would configure it for MinIO or Ceph.
 */
@SpringBootTest(properties = {"reglament.files.storage=s3", "reglament.files.s3.bucket=" + S3MockServer.BUCKET,
        "reglament.files.s3.region=ru-central1", "reglament.files.s3.access-key=reglament",
        "reglament.files.s3.secret-key=not-checked-by-s3mock", "reglament.files.s3.prefix=files/",
        "reglament.embedded-database.data-directory=target/test-postgres-s3"})
@ActiveProfiles("test")
class S3StorageTest extends FileStoreContract {

    private static S3Client bucket;

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        registry.add("reglament.files.s3.endpoint", () -> S3MockServer.endpoint().toString());
    }

    @BeforeAll
    static void rawClient() {
        bucket = S3Client.builder().endpointOverride(S3MockServer.endpoint()).region(Region.of("ru-central1"))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();
    }

    @AfterAll
    static void closeRawClient() {
        bucket.close();
    }

    @Autowired
    FileStore store;

    @Autowired
    S3Storage storage;

    @Override
    FileStore store() {
        return store;
    }

    @Override
    void flipAByteOf(String key) {
        String object = storage.objectKey(key);
        byte[] content = bucket.getObjectAsBytes(b -> b.bucket(S3MockServer.BUCKET).key(object)).asByteArray();
        content[content.length / 2] ^= 0x01;
        bucket.putObject(b -> b.bucket(S3MockServer.BUCKET).key(object), RequestBody.fromBytes(content));
    }
}
