//! xtask's tests, one module per command or check, in one test binary so that it links once.
//! Fixtures are in `xtask/tests/fixtures/`.

mod breaking;
mod constraints;
mod contract;
mod mock_types;
mod module_cycles;
mod versions;
