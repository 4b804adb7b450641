// Preloaded into the real Gropius login-service (`node -r`): its `app.listen(port)` names no
// host, so it would listen on every interface. A server asked to listen on a port alone listens
// on 127.0.0.1 instead. The service's own code is not changed.
"use strict";
const net = require("net");
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
    if (typeof args[0] === "number" && (args.length === 1 || typeof args[1] === "function")) {
        args.splice(1, 0, "127.0.0.1");
    } else if (typeof args[0] === "string" && /^\d+$/.test(args[0]) && args.length <= 2 && typeof args[1] !== "string") {
        args.splice(0, 1, Number(args[0]), "127.0.0.1");
    }
    return listen.apply(this, args);
};
