//! The `digitutor` binary: parses the command line and hands over to `digitutor::cli`.

fn main() -> std::process::ExitCode {
    digitutor::cli::main()
}
