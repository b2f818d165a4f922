package api

import "net/http"

// WriteError answers an error in the API's shape (Error), for servers in front of the API
// (the local stack's own routes, the UI proxy) whose errors must read as the API's.
func WriteError(w http.ResponseWriter, status int, code, msg string) {
	writeError(w, status, code, msg)
}
