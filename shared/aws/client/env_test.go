package client_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/aws/client"
)

func TestEnvRefusesBadValues(t *testing.T) {
	cases := []struct {
		name    string
		env     map[string]string
		want    int64
		refused string
	}{
		{"unset", nil, 8 << 20, ""},
		{"empty", map[string]string{"MAX_BYTES": ""}, 8 << 20, ""},
		{"set", map[string]string{"MAX_BYTES": "1048576"}, 1 << 20, ""},
		{"a unit", map[string]string{"MAX_BYTES": "8MB"}, 8 << 20, "MAX_BYTES"},
		{"zero", map[string]string{"MAX_BYTES": "0"}, 8 << 20, "MAX_BYTES"},
		{"negative", map[string]string{"MAX_BYTES": "-5"}, 8 << 20, "MAX_BYTES"},
		{"over the bound", map[string]string{"MAX_BYTES": "99999999999"}, 8 << 20, "MAX_BYTES"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			env := client.FromMap(c.env)
			if got := env.Int("MAX_BYTES", 8<<20, 1, 1<<30); got != c.want {
				t.Errorf("Int = %d, want %d", got, c.want)
			}
			err := env.Err()
			var ce *client.ConfigError
			switch {
			case c.refused == "" && err != nil:
				t.Errorf("refused a good value: %v", err)
			case c.refused != "" && (!errors.As(err, &ce) || ce.Name != c.refused || !strings.Contains(err.Error(), c.refused)):
				t.Errorf("error %v, want a ConfigError naming %s", err, c.refused)
			}
		})
	}
}

func TestEnvReportsEveryBadValue(t *testing.T) {
	env := client.FromMap(map[string]string{"MAX_BYTES": "8MB", "LEASE_SECONDS": "soon", "S3_FORCE_PATH_STYLE": "yes please"})
	env.Int("MAX_BYTES", 1, 1, 10)
	env.Int("LEASE_SECONDS", 1, 1, 10)
	_ = client.FromEnv(env) // no region, and a bad S3_FORCE_PATH_STYLE
	msg := env.Err().Error()
	for _, name := range []string{"MAX_BYTES", "LEASE_SECONDS", "S3_FORCE_PATH_STYLE", "AWS_REGION"} {
		if !strings.Contains(msg, name) {
			t.Errorf("error %q does not name %s", msg, name)
		}
	}
}
