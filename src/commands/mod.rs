//! The subcommands, one file each. Each takes its parsed arguments, runs the library, prints
//! what a person needs to read, and returns the process exit code.

pub(crate) mod build;
pub(crate) mod check;
pub(crate) mod deploy;
pub(crate) mod init;
pub(crate) mod manual;
pub(crate) mod new;
pub(crate) mod newsletter;
pub(crate) mod serve;
