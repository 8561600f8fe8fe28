/**
 * Secrets at rest: {@link org.comptoir.secret.SecretBox} seals the credentials a workspace configures
 * (source tokens, network app passwords, webhook and SMTP secrets) with AES-256-GCM before they reach SQL,
 * and opens them only where they are used. The key comes from {@code COMPTOIR_SECRET_KEY} (base64 of 32
 * bytes) or, on the embedded default, from {@code <data>/secret.key} created once, readable by its owner
 * only. A sealed value is never logged and never returned by the API: fields holding one are write-only.
 */
package org.comptoir.secret;
