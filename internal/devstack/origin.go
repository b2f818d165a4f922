package devstack

import (
	"net"
	"net/http"
	"net/url"
)

// LoopbackHost reports whether host, a request's Host header, names the server listening on
// addr: addr itself, or a loopback name (localhost, 127.0.0.1, ::1) on its port. Any other
// name is a name rebound to this address (DNS rebinding), and a local server that trusts its
// callers must refuse it.
func LoopbackHost(addr, host string) bool {
	_, port, err := net.SplitHostPort(addr)
	h, hp, herr := net.SplitHostPort(host)
	if err != nil || herr != nil || hp != port {
		return false
	}
	return host == addr || h == "localhost" || h == "127.0.0.1" || h == "::1"
}

// ownOrigin reports whether origin, a request's Origin header, is the stack's own page: the
// API's address, under one of its loopback names.
func (s *Stack) ownOrigin(origin string) bool {
	u, err := url.Parse(origin)
	return err == nil && u.Scheme == "http" && u.Path == "" && s.apiAddr != "" && LoopbackHost(s.apiAddr, u.Host)
}

// cors answers CORS for the S3 endpoint as a bucket whose CORS configuration allows the
// stack's own page (which uploads to the URLs the API presigns) and no other origin: the
// key pair is public, and gofakes3 alone allows every origin.
func (s *Stack) cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if !s.ownOrigin(origin) {
			origin = ""
		}
		cw := &corsWriter{ResponseWriter: w, origin: origin}
		if r.Method == http.MethodOptions && r.Header.Get("Origin") != "" && r.Header.Get("Access-Control-Request-Method") != "" {
			if origin == "" {
				writeAuthError(cw, r, denied("AccessForbidden", "CORSResponse: This CORS request is not allowed."))
				return
			}
			h := w.Header()
			h.Set("Vary", "Origin")
			h.Set("Access-Control-Allow-Origin", origin)
			h.Set("Access-Control-Allow-Methods", "GET, PUT, POST, DELETE, HEAD")
			if req := r.Header.Get("Access-Control-Request-Headers"); req != "" {
				h.Set("Access-Control-Allow-Headers", req)
			}
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusOK)
			return
		}
		next.ServeHTTP(cw, r)
	})
}

// corsWriter replaces the CORS headers of an answer with the stack's: its own origin's, or
// none.
type corsWriter struct {
	http.ResponseWriter
	origin string
	wrote  bool
}

func (w *corsWriter) WriteHeader(code int) {
	if !w.wrote {
		w.wrote = true
		h := w.Header()
		for _, k := range []string{"Access-Control-Allow-Origin", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Expose-Headers"} {
			h.Del(k)
		}
		h.Add("Vary", "Origin")
		if w.origin != "" {
			h.Set("Access-Control-Allow-Origin", w.origin)
			h.Set("Access-Control-Expose-Headers", "ETag")
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *corsWriter) Write(p []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *corsWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
