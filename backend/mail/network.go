package mail

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// tlsConfig is the one TLS configuration of every connection: the certificate is always verified against host
// (system roots, or the test roots).
func tlsConfig(host string, roots *x509.CertPool) *tls.Config {
	return &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12, RootCAs: roots}
}

// dialTCP resolves host (stage dns) then connects (stage connect), reporting each stage through setPhase.
func dialTCP(ctx context.Context, host, network, addr string, setPhase func(string)) (net.Conn, error) {
	setPhase(StageDNS)
	if net.ParseIP(host) == nil {
		if _, err := net.DefaultResolver.LookupHost(ctx, host); err != nil {
			return nil, err
		}
	}
	setPhase(StageConnect)
	d := net.Dialer{Timeout: smtpTimeout}
	return d.DialContext(ctx, network, addr)
}

// isTLSError tells whether err comes from the TLS handshake: certificate or protocol.
func isTLSError(err error) bool {
	var (
		verr  *tls.CertificateVerificationError
		uaErr x509.UnknownAuthorityError
		hErr  x509.HostnameError
		cErr  x509.CertificateInvalidError
		rErr  tls.RecordHeaderError
		aErr  tls.AlertError
		sErr  x509.SystemRootsError
	)
	return errors.As(err, &verr) || errors.As(err, &uaErr) || errors.As(err, &hErr) || errors.As(err, &cErr) ||
		errors.As(err, &rErr) || errors.As(err, &aErr) || errors.As(err, &sErr)
}

// netError classifies a network or TLS failure (nil if err is neither). service is "" for SMTP or "IMAP ";
// phase is the stage under way (dns, connect, tls, auth).
func netError(err error, host string, port int, sec Security, service, phase string) *SendError {
	addr := net.JoinHostPort(host, strconv.Itoa(port))
	var (
		dnsErr *net.DNSError
		hErr   x509.HostnameError
		uaErr  x509.UnknownAuthorityError
		cErr   x509.CertificateInvalidError
		rErr   tls.RecordHeaderError
		aErr   tls.AlertError
		verr   *tls.CertificateVerificationError
	)
	tlsErr := func(msg string) *SendError {
		return &SendError{Kind: Permanent, Stage: StageTLS, Message: msg, Err: err}
	}
	switch {
	case errors.As(err, &dnsErr):
		if dnsErr.IsNotFound {
			return &SendError{Kind: Temporary, Stage: StageDNS, Message: fmt.Sprintf("Serveur %sintrouvable : %s (vérifiez le nom du serveur)", service, host), Err: err}
		}
		return &SendError{Kind: Temporary, Stage: StageDNS, Message: fmt.Sprintf("Serveur %sintrouvable : %s (vérifiez le nom du serveur et la connexion Internet)", service, host), Err: err}
	case errors.As(err, &hErr):
		names := strings.Join(hErr.Certificate.DNSNames, ", ")
		if names == "" {
			names = hErr.Certificate.Subject.CommonName
		}
		return tlsErr(fmt.Sprintf("Certificat TLS invalide : il est établi pour %s et non pour %s (vérifiez le nom du serveur)", names, host))
	case errors.As(err, &cErr):
		if cErr.Reason == x509.Expired {
			return tlsErr("Certificat TLS invalide : il est expiré (ou l'horloge de l'ordinateur est fausse)")
		}
		return tlsErr("Certificat TLS invalide : " + cErr.Error())
	case errors.As(err, &uaErr):
		return tlsErr("Certificat TLS invalide : il n'est pas signé par une autorité reconnue (certificat auto-signé ou connexion interceptée)")
	case errors.As(err, &verr):
		return tlsErr("Certificat TLS invalide : " + verr.Err.Error())
	case errors.As(err, &rErr):
		hint := "choisissez STARTTLS (port 587)"
		if service != "" {
			hint = "choisissez STARTTLS (port 143)"
		}
		return tlsErr(fmt.Sprintf("Le serveur %sne répond pas en SSL/TLS sur le port %d : %s", service, port, hint))
	case errors.As(err, &aErr):
		return tlsErr(fmt.Sprintf("La négociation TLS a été refusée par le serveur %s (%v)", addr, aErr))
	case errors.Is(err, syscall.ECONNREFUSED):
		return &SendError{Kind: Temporary, Stage: StageConnect, Message: fmt.Sprintf("Connexion %srefusée sur le port %d (vérifiez le port et le type de sécurité)", strings.ToUpper(service), port), Err: err}
	case errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH):
		return &SendError{Kind: Temporary, Stage: StageConnect, Message: fmt.Sprintf("Serveur %s%s injoignable : vérifiez la connexion Internet", service, addr), Err: err}
	case isTimeout(err):
		switch phase {
		case StageDNS, StageConnect, "":
			msg := fmt.Sprintf("Le serveur %s%s ne répond pas (délai dépassé)", service, addr)
			if sec != SecurityTLS && (port == 465 || port == 993) {
				msg += fmt.Sprintf(" : le port %d attend une connexion SSL/TLS", port)
			} else if phase == StageConnect {
				msg += " : vérifiez le port et le type de sécurité"
			}
			return &SendError{Kind: Temporary, Stage: StageConnect, Message: msg, Err: err}
		case StageTLS:
			return &SendError{Kind: Temporary, Stage: StageTLS, Message: fmt.Sprintf("La négociation TLS avec %s n'aboutit pas (délai dépassé)", addr), Err: err}
		}
		return &SendError{Kind: Temporary, Stage: phase, Message: fmt.Sprintf("Le serveur %s%s ne répond plus (délai dépassé)", service, addr), Err: err}
	case phase == StageTLS && (errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNRESET)):
		return &SendError{Kind: Temporary, Stage: StageTLS, Message: fmt.Sprintf("Le serveur %s%s a coupé la connexion pendant la négociation TLS (vérifiez le port et le type de sécurité)", service, addr), Err: err}
	case phase == StageConnect && (errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNRESET)):
		return &SendError{Kind: Temporary, Stage: StageConnect, Message: fmt.Sprintf("Le serveur %s%s a coupé la connexion (vérifiez le port et le type de sécurité)", service, addr), Err: err}
	}
	return nil
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout())
}

// interrupted says that the caller's context ended during what.
func interrupted(ctx context.Context, what string) string {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return "Délai dépassé pendant " + what + " : nouvel essai plus tard"
	}
	return "Opération annulée pendant " + what
}
