@extends('layouts.app')

@section('title', 'Order')

@push('head-scripts')
    <script src="{{ asset('js/charts.js') }}"></script>
@endpush

@section('content')
    <h1>Order {{ $order->id }}</h1>
    <script src="/js/inline-widget.js"></script>
    <p>{{ $order->note }}</p>
@endsection

@push('scripts')
    <script src="/js/order.js" defer></script>
@endpush
