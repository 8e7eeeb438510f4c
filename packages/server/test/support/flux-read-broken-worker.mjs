// A reading thread for the flux read pool's tests that fails while starting (a module that
// cannot load, a validator that cannot initialise).
throw new Error('cannot start');
