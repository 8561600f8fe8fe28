package org.comptoir.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {
    @TempDir
    Path dir;

    @Test
    void opensWhatItSealedAndNeverShowsThePlainText() {
        SecretBox box = SecretBox.forDataDir(dir, null);
        String sealed = box.seal("app-password-é");
        assertThat(sealed).startsWith("v1:").doesNotContain("app-password");
        assertThat(box.open(sealed)).isEqualTo("app-password-é");
        assertThat(box.seal("app-password-é")).isNotEqualTo(sealed);
    }

    @Test
    void keepsItsKeyFileOwnerOnlyAndReusesIt() throws Exception {
        String sealed = SecretBox.forDataDir(dir, null).seal("token");
        Path key = dir.resolve(SecretBox.KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(SecretBox.forDataDir(dir, null).open(sealed)).isEqualTo("token");
    }

    @Test
    void prefersTheKeyFromTheEnvironment() {
        String env = Base64.getEncoder().encodeToString(new byte[32]);
        String sealed = SecretBox.forDataDir(dir, env).seal("token");
        assertThat(Files.exists(dir.resolve(SecretBox.KEY_FILE))).isFalse();
        assertThat(new SecretBox(new byte[32]).open(sealed)).isEqualTo("token");
    }

    @Test
    void refusesAnotherKeyOrAnAlteredValueWithoutLeakingIt() {
        String sealed = new SecretBox(new byte[32]).seal("token");
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> new SecretBox(other).open(sealed))
                .isInstanceOf(SecretException.class).hasMessageNotContaining("token");
        char last = sealed.charAt(sealed.length() - 2);
        String altered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);
        assertThatThrownBy(() -> new SecretBox(new byte[32]).open(altered)).isInstanceOf(SecretException.class);
        assertThatThrownBy(() -> new SecretBox(new byte[32]).open("plain")).isInstanceOf(SecretException.class);
        assertThatThrownBy(() -> SecretBox.forDataDir(dir, "short")).isInstanceOf(SecretException.class);
    }
}
