// Mocha's describe/it/before... for the browser tests, in this package's and the root's type check.
/// <reference types="mocha" />
