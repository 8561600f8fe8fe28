/**
 * Workspaces: a brand's or an agency client's separate space. Created only by an explicit action
 * ({@link org.comptoir.workspace.Workspaces#create}); {@link org.comptoir.workspace.WorkspaceGate} turns a
 * request's {@code workspace=} into an authorised {@link org.comptoir.workspace.WorkspaceRef} (404 when
 * the caller holds no role there, 403 when the role is too low, as asked by
 * {@link org.comptoir.workspace.Needs}); the members API and page let a workspace's admins grant roles.
 * <p>
 * Publishes {@link org.comptoir.workspace.WorkspaceCreated}.
 */
package org.comptoir.workspace;
