package org.comptoir.workspace;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.comptoir.account.Role;

/**
 * The role a handler needs in the request's workspace, on its {@link WorkspaceRef} parameter;
 * without it the gate asks for {@link Role#VIEWER}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Needs {
    Role value();
}
