//! The subcommands, one file each. Each takes its parsed arguments, runs the library, prints
//! what a person needs to read, and returns the process exit code.

pub mod build;
pub mod check;
pub mod init;
pub mod new;
pub mod newsletter;
pub mod serve;
