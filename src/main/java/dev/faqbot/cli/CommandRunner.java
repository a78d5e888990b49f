package dev.faqbot.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Runs the staff command named by the first argument (the {@code command} profile) and keeps its exit
 * code. The command gets every later argument and reads them with {@link CommandOptions}: {@code --name=value}
 * ones are Spring settings too and pass through; {@code --help} prints the command's options.
 */
@Component
@Profile("command")
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final List<CliCommand> commands;
    private int exitCode;

    CommandRunner(List<CliCommand> commands) {
        this.commands = commands.stream().sorted(Comparator.comparing(CliCommand::name)).toList();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String[] args = arguments.getSourceArgs();
        String name = args[0];
        Optional<CliCommand> command = commands.stream().filter(c -> c.name().equals(name)).findFirst();
        if (command.isEmpty()) {
            System.err.println("Unknown command '" + name + "'.");
            Usage.print(System.out);
            exitCode = 2;
            return;
        }
        List<String> rest = Arrays.stream(args).skip(1).toList();
        exitCode = command.get().run(rest, System.out);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
