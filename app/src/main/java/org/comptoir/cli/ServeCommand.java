package org.comptoir.cli;

import java.util.concurrent.Callable;
import org.comptoir.ComptoirApplication;
import org.comptoir.web.ServerFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code serve [--port P]}: the web app and REST API; loads the demo workspace on first start. */
@Command(name = "serve", description = "Start the web app and the REST API (http://localhost:8080 by default).")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    ComptoirCommand root;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface). "
                    + "The demo users exist only on a loopback address.")
    String host;

    @Option(names = "--no-demo", description = "Do not load the demo workspace.")
    boolean noDemo;

    @Override
    public Integer call() throws CliException {
        if (ServerFile.runningServer(root.data).isPresent()) {
            throw new CliException("a Comptoir server is already running on " + root.data.toAbsolutePath()
                    + " (" + ServerFile.runningServer(root.data).get() + ")");
        }
        ComptoirApplication.start(root.data, port, "--comptoir.demo=" + !noDemo, "--server.address=" + host);
        return 0;
    }
}
